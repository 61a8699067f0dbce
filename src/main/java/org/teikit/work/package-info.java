/**
 * The one way teikit runs work in parallel. TL;DR: a run makes one {@link org.teikit.work.Pool}
 * sized by {@code --jobs}, and every stage (validate, web, print) runs its CPU work on it, so
 * {@code --jobs 1} means one core for the whole run; {@link org.teikit.work.Joined} is the one
 * place a failed task's wrapper (ExecutionException, CompletionException) is taken off; threads
 * that only wait (a server, a watcher, a watchdog, a pipe's writer) are started by
 * {@link org.teikit.work.Waiting}, named after what they wait for.
 *
 * <p>A task on the pool that needs another's result forks it ({@link org.teikit.work.Pool#fork})
 * and joins the {@link org.teikit.work.Fork}: a fork nobody has started yet is run by the joining
 * thread itself, so a bounded pool never starves waiting on its own queue.
 */
package org.teikit.work;
