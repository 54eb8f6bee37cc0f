// Each error of the broken program is one [ERROR] line that starts with file:line:col.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/nq/jobs/broken.nq').canonicalFile.path
def errors = log.readLines().findAll { it.startsWith('[ERROR] ' + file) }
assert errors.size() == 2 : log
assert errors[0].startsWith("[ERROR] ${file}:2:24: ".toString()) && errors[0].contains('edgez') : errors[0]
assert errors[1].startsWith("[ERROR] ${file}:3:42: ".toString()) && errors[1].contains('weight') : errors[1]
assert log.contains('2 errors in NQ programs (listed above)') : log
assert !new File(basedir, 'target/generated-sources/nq/jobs/Broken.java').exists()
return true
