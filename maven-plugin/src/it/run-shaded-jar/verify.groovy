// The shaded jar runs the program with nq run's flags; its answers are computed here again from edges.csv.
def start(List<String> command) {
    def p = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.getText('UTF-8')
    p.waitFor()
    return [p.exitValue(), out]
}

def run(List<String> command) {
    def (exit, out) = start(command)
    assert exit == 0 : "${command} failed (exit ${exit}):\n${out}"
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
// the nodes with at least `least` out-edges, as the program writes them
def expected = { long least -> ['node,deg'] + degree.findAll { k, v -> v >= least }.collect { k, v -> "${k},${v}".toString() } }
assert expected(1).size() > expected(7).size() && expected(7).size() > expected(10).size() && expected(10).size() > 1

// defaults: the program's input 'edges.csv', relative to the working directory; output printed as a table;
// param least at the default the build gave it (<params><least>7</least></params>)
def table = run([java, '-jar', jar.path])
assert table.startsWith('degree:\n') : table
assert table.contains("(${expected(7).size() - 1} rows)") : table

// --input, --output and --workers
def out1 = new File(basedir, 'target/degree-1.csv')
def printed = run([java, '-jar', jar.path, '--input', 'edges=edges.csv', '--output', "degree=${out1.path}".toString(), '--workers', '2'])
assert printed.trim() == "wrote ${expected(7).size() - 1} rows of degree to ${out1.path}".toString()
assert out1.readLines() == expected(7)

// --param overrides the built default, read when the program runs: every node, then those of degree 10 or more
def all = new File(basedir, 'target/degree-all.csv')
run([java, '-jar', jar.path, '--param', 'least=1', '--output', "degree=${all.path}".toString()])
assert all.readLines() == expected(1)
def ten = new File(basedir, 'target/degree-10.csv')
run([java, '-jar', jar.path, '--param', 'least=10', '--output', "degree=${ten.path}".toString(), '--workers', '2'])
assert ten.readLines() == expected(10)

// two processes on this machine, started by the jar's own main, which pass the param on
def out2 = new File(basedir, 'target/degree-2.csv')
run([java, '-jar', jar.path, '--input', 'edges=edges.csv', '--output', "degree=${out2.path}".toString(), '--processes', '2', '--local', '--param', 'least=1'])
assert out2.readLines() == expected(1)

// the typed API from hand-written Java in the same jar, with Params
def api = run([java, '-cp', jar.path, 'demo.MaxDegree'])
assert api.trim() == 'max degree 3 over 3 nodes'

// a usage error is one line and the usage, exit code 2; param values are refused as nq run refuses them
def usage = { List<String> args ->
    def (exit, out) = start([java, '-jar', jar.path] + args)
    assert exit == 2 : out
    return out.readLines()[0]
}
assert usage(['--input', 'nodes=x.csv']) == "degrees: Option '--input' names 'nodes', but the program has no input of that name; it declares edges(src: long, dst: long)"
assert usage(['--param', 'least=two']) == "degrees: Invalid value for option '--param': 'two' is not a long (param 'least' is declared long)"
assert usage(['--param', 'most=1']) == "degrees: Option '--param' names 'most', but the program has no param of that name; it declares least: long = 7"
return true
