@echo off
rem teikit, as installed from the distribution zip: runs lib\teikit.jar on the Java that JAVA_HOME
rem names, else the first java on PATH. Java 17 or later is needed; nothing else.
setlocal
set "TEIKIT_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo teikit: no Java found; install Java 17 or later and put it on PATH, or set JAVA_HOME 1>&2
  exit /b 2
)
rem the class-file version check: a Java older than 17 cannot load teikit and says so itself
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xlog:cds=off -Xlog:cds+dynamic=off %TEIKIT_JAVA_OPTS% -jar "%TEIKIT_HOME%\lib\teikit.jar" %*
exit /b %ERRORLEVEL%
