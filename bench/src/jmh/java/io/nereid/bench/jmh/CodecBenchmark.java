package io.nereid.bench.jmh;

import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.comm.HeapWireReader;
import io.nereid.runtime.comm.HeapWireWriter;
import io.nereid.runtime.data.Batch;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated wire codec: the batch class of records {@code (long, double, string)} that the
 * compiler made for a program's input, 4096 records per batch, encoded to a heap buffer and
 * decoded back into a recycled batch, as an exchange across processes does. Nanoseconds per
 * record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    static final int BATCH = 4096;

    private BatchCodec<Batch> codec;
    private Batch batch;
    private Batch into;
    private HeapWireWriter writer;
    private byte[] encoded;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws ReflectiveOperationException {
        ProgramFixture fixture = new ProgramFixture("codec.nq", """
                input rows : (id: long, price: double, name: string);
                let named = from r in rows group r.price by r.name into g select (name: g.key, total: sum(g));
                output named;
                """);
        for (BatchCodec<?> c : fixture.program().codecs()) {
            Batch probe = c.type().create();
            for (Method m : probe.getClass().getDeclaredMethods()) {
                if (m.getName().equals("add") && m.getParameterCount() == 3
                        && m.getParameterTypes()[0] == long.class && m.getParameterTypes()[1] == double.class
                        && m.getParameterTypes()[2] == String.class) {
                    codec = (BatchCodec<Batch>) c;
                    batch = probe;
                    m.setAccessible(true);
                    for (int i = 0; i < BATCH; i++) {
                        m.invoke(batch, (long) i, i * 0.25, "name-" + (i % 97));
                    }
                }
            }
        }
        if (codec == null) {
            throw new IllegalStateException("the program has no batch of (long, double, string) records");
        }
        into = codec.type().create();
        writer = new HeapWireWriter(BATCH * 32);
        codec.write(batch, writer);
        encoded = writer.toByteArray();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int encode() {
        writer.reset();
        codec.write(batch, writer);
        return writer.written();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Batch decode() {
        into.clear();
        codec.readInto(new HeapWireReader(encoded), into);
        return into;
    }
}
