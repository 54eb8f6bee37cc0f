// The second build found the program up to date and did not write its classes again.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Compiled 1 NQ program to ') : log
assert log.contains('All 1 NQ program is up to date') : log
def source = new File(basedir, 'target/generated-sources/nq/app/Degrees.java')
def compiled = new File(basedir, 'target/classes/app/Degrees.class')
assert source.isFile() && compiled.isFile()
// written by the first build, before javac compiled it; a second generation would be newer than the class
assert source.lastModified() <= compiled.lastModified()
return true
