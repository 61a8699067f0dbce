/**
 * TL;DR: {@code teikit serve}: build once, serve the web edition on 127.0.0.1, rebuild what a
 * saved file touches, and tell open pages to reload.
 *
 * <p>{@link org.teikit.serve.ServeSession} ties the parts together: a {@link
 * org.teikit.serve.Workspace} that keeps the compiled stylesheets and schemas warm for the life of
 * the server, a {@link org.teikit.serve.SourceWatcher} that turns bursts of file events into one
 * change set, and a {@link org.teikit.serve.PreviewServer} that serves the built files (and only
 * them), injects the reload script and the validation banner into HTML responses (never into the
 * files on disk), and pushes "reload" over Server-Sent Events. Library code: nothing here prints
 * or exits; the command reports through {@link org.teikit.serve.ServeSession.Listener}.
 */
package org.teikit.serve;
