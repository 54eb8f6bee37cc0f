// The shaded jar runs the program with nq run's flags; its answers are computed here again from edges.csv.
def run(List<String> command) {
    def p = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.getText('UTF-8')
    p.waitFor()
    assert p.exitValue() == 0 : "${command} failed (exit ${p.exitValue()}):\n${out}"
    return out
}

def java = new File(System.getProperty('java.home'), 'bin/java').path
def jar = new File(basedir, 'target/app.jar')
assert jar.isFile()

def degree = new TreeMap<Long, Long>()
new File(basedir, 'edges.csv').readLines().drop(1).each { line ->
    def src = line.split(',')[0] as long
    degree[src] = (degree[src] ?: 0L) + 1
}
def expected = ['node,deg'] + degree.collect { k, v -> "${k},${v}".toString() }

// defaults: the program's input 'edges.csv', relative to the working directory; output printed as a table
def table = run([java, '-jar', jar.path])
assert table.startsWith('degree:\n') : table
assert table.contains("(${degree.size()} rows)") : table

// --input, --output and --workers
def out1 = new File(basedir, 'target/degree-1.csv')
def printed = run([java, '-jar', jar.path, '--input', 'edges=edges.csv', '--output', "degree=${out1.path}".toString(), '--workers', '2'])
assert printed.trim() == "wrote ${degree.size()} rows of degree to ${out1.path}".toString()
assert out1.readLines() == expected

// two processes on this machine, started by the jar's own main
def out2 = new File(basedir, 'target/degree-2.csv')
run([java, '-jar', jar.path, '--input', 'edges=edges.csv', '--output', "degree=${out2.path}".toString(), '--processes', '2', '--local'])
assert out2.readLines() == expected

// the typed API from hand-written Java in the same jar
def api = run([java, '-cp', jar.path, 'demo.MaxDegree'])
assert api.trim() == 'max degree 3 over 3 nodes'

// a usage error is one line and the usage, exit code 2
def bad = new ProcessBuilder([java, '-jar', jar.path, '--input', 'nodes=x.csv']).directory(basedir).redirectErrorStream(true).start()
def badOut = bad.inputStream.getText('UTF-8')
bad.waitFor()
assert bad.exitValue() == 2
assert badOut.readLines()[0] == "degrees: Option '--input' names 'nodes', but the program has no input of that name; it declares edges(src: long, dst: long)"
return true
