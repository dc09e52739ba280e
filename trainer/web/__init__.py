"""The course outside the desktop app: a static web site and a SCORM 1.2 package for a
school's learning platform, written from the same content model and renderer. No Qt."""
