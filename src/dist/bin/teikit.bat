@echo off
rem teikit, as installed from the distribution zip: runs lib\teikit.jar on the Java that JAVA_HOME
rem names, else the first java on PATH. Java 17 or later is needed; nothing else. The JVM flags
rem are those of bin/teikit; TEIKIT_JAVA_OPTS adds flags of one's own.
setlocal
set "TEIKIT_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "JVERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "JVERSION=%%~v"
if not defined JVERSION (
  echo teikit: no Java found; install Java 17 or later and put it on PATH, or set JAVA_HOME 1>&2
  exit /b 2
)
rem "17.0.2", "21", "1.8.0_392": the major version is the first number, or the second after "1."
for /f "tokens=1,2 delims=._-+" %%a in ("%JVERSION%") do (set "JMAJOR=%%a" & set "JMINOR=%%b")
if "%JMAJOR%"=="1" set "JMAJOR=%JMINOR%"
if %JMAJOR% LSS 17 (
  echo teikit: needs Java 17 or later; %JAVA% is %JVERSION%. Install a newer Java, or set JAVA_HOME to one 1>&2
  exit /b 2
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xlog:cds=off -Xlog:cds+dynamic=off %TEIKIT_JAVA_OPTS% -jar "%TEIKIT_HOME%\lib\teikit.jar" %*
exit /b %ERRORLEVEL%
