package io.nereid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.compiler.Frontend;
import io.nereid.compiler.physical.PhysicalPlanner;
import io.nereid.operators.CompiledProgram;
import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.comm.HeapWireReader;
import io.nereid.runtime.comm.HeapWireWriter;
import io.nereid.runtime.comm.WireFormatException;
import io.nereid.runtime.data.Batch;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generated wire codecs: every column of every record survives a write and a read. */
class BatchCodecTest {
    private static final String PROGRAM = """
            input t : (b: bool, i: int, l: long, d: double, s: string, day: date);
            output t;
            """;

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void everyColumnTypeRoundTrips() throws Exception {
        GeneratedProgram generated = CodeGenerator.generate(PhysicalPlanner.plan(Frontend.compile("t.nq", PROGRAM).optimized()));
        CompiledProgram program = new InMemoryCompiler(getClass().getClassLoader())
                .instantiate(generated, CompiledProgram.class);
        assertThat(program.codecs()).hasSize(1);
        BatchCodec codec = program.codecs().get(0);
        Batch batch = codec.type().create();
        Method add = batch.getClass().getDeclaredMethod("add", boolean.class, int.class, long.class, double.class,
                String.class, int.class);
        add.setAccessible(true);
        Random random = new Random(2);
        for (int i = 0; i < 1000; i++) { // more than one initial capacity
            add.invoke(batch, random.nextBoolean(), random.nextInt(), random.nextLong(), random.nextGaussian(),
                    "s" + random.nextInt(50) + (i % 7 == 0 ? "é€" : ""), random.nextInt(40000));
        }
        HeapWireWriter out = new HeapWireWriter();
        codec.write(batch, out);
        byte[] bytes = out.toByteArray();
        Batch back = codec.type().create();
        codec.readInto(new HeapWireReader(bytes), back);
        assertThat(back.size()).isEqualTo(1000);
        for (int c = 0; c < 6; c++) {
            Field f = batch.getClass().getDeclaredField("c" + c);
            f.setAccessible(true);
            Object a = f.get(batch);
            Object b = f.get(back);
            assertThat(slice(a, 1000)).as("column %d", c).isEqualTo(slice(b, 1000));
        }
        byte[] truncated = Arrays.copyOf(bytes, 20);
        assertThatThrownBy(() -> codec.readInto(new HeapWireReader(truncated), codec.type().create()))
                .isInstanceOf(WireFormatException.class);
    }

    private static Object slice(Object array, int n) {
        if (array instanceof long[] a) {
            return Arrays.copyOf(a, n);
        } else if (array instanceof int[] a) {
            return Arrays.copyOf(a, n);
        } else if (array instanceof double[] a) {
            return Arrays.copyOf(a, n);
        } else if (array instanceof boolean[] a) {
            return Arrays.copyOf(a, n);
        }
        return Arrays.copyOf((Object[]) array, n);
    }
}
