package io.nereid.runtime.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.data.ObjectBatch;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Every codec reads back exactly what it wrote, and consumes exactly the bytes it wrote. */
class CodecRoundTripTest {

  record Edge(long src, long dst, String label, double weight, boolean flag, int n) {}

  record Named(String name, LocalDate day, Integer maybe) {}

  private static <T> T roundTrip(Codec<T> codec, T value) {
    HeapWireWriter out = new HeapWireWriter(8);
    codec.write(value, out);
    // a trailing marker proves the codec read no more and no less than it wrote
    out.writeInt(0xCAFE);
    HeapWireReader in = new HeapWireReader(out.toByteArray());
    T back = codec.read(in);
    assertThat(in.readInt()).as("marker after the value").isEqualTo(0xCAFE);
    in.expectEnd();
    return back;
  }

  @Property
  void primitives(@ForAll boolean b, @ForAll int i, @ForAll long l, @ForAll double d) {
    assertThat(roundTrip(Codecs.BOOLEAN, b)).isEqualTo(b);
    assertThat(roundTrip(Codecs.INT, i)).isEqualTo(i);
    assertThat(roundTrip(Codecs.LONG, l)).isEqualTo(l);
    assertThat(Double.doubleToRawLongBits(roundTrip(Codecs.DOUBLE, d))).isEqualTo(Double.doubleToRawLongBits(d));
  }

  @Provide
  Arbitrary<String> wellFormedStrings() {
    // any code points, including supplementary ones; unpaired surrogates are not well-formed text
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
        .ofMaxLength(40)
        .flatMap(s -> Arbitraries.of("", "😀", "𝔸x", "é").map(extra -> s + extra));
  }

  @Property
  void strings(@ForAll("wellFormedStrings") String s) {
    assertThat(roundTrip(Codecs.STRING, s)).isEqualTo(s);
  }

  @Property
  void datesAndNullables(@ForAll("days") LocalDate day, @ForAll Integer maybe) {
    assertThat(roundTrip(Codecs.DATE, day)).isEqualTo(day);
    Codec<Integer> nullable = Codecs.nullable(Codecs.INT);
    assertThat(roundTrip(nullable, maybe)).isEqualTo(maybe);
    assertThat(roundTrip(nullable, null)).isNull();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  @Property
  void tuplesAsArrays(@ForAll long a, @ForAll("wellFormedStrings") String s, @ForAll double d) {
    Codec<Object[]> codec = Codecs.tuple(Codecs.LONG, Codecs.STRING, Codecs.DOUBLE);
    assertThat(roundTrip(codec, new Object[] {a, s, d})).containsExactly(a, s, d);
    assertThat(codec.minSize()).isEqualTo(8 + 4 + 8);
  }

  @Property
  void recordsAndPairs(@ForAll long src, @ForAll long dst, @ForAll("wellFormedStrings") String label,
      @ForAll double w, @ForAll boolean flag, @ForAll int n) {
    Codec<Edge> edges = Codecs.record(Edge.class, Codecs.LONG, Codecs.LONG, Codecs.STRING, Codecs.DOUBLE,
        Codecs.BOOLEAN, Codecs.INT);
    Edge e = new Edge(src, dst, label, w, flag, n);
    assertThat(roundTrip(edges, e)).isEqualTo(e);
    Codec<long[]> pair = Codecs.pair(Codecs.LONG, x -> x[0], Codecs.LONG, x -> x[1], (x, y) -> new long[] {x, y});
    assertThat(roundTrip(pair, new long[] {src, dst})).containsExactly(src, dst);
  }

  @Property
  void recordsWithNullableFields(@ForAll("wellFormedStrings") String name, @ForAll("days") LocalDate day,
      @ForAll Integer maybe) {
    Codec<Named> codec = Codecs.record(Named.class, Codecs.STRING, Codecs.DATE, Codecs.nullable(Codecs.INT));
    Named v = new Named(name, day, maybe);
    assertThat(roundTrip(codec, v)).isEqualTo(v);
  }

  @Provide
  Arbitrary<Timestamp> timestamps() {
    return Combinators.combine(Arbitraries.longs().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0).array(int[].class).ofMaxSize(4))
        .as(Timestamp::of);
  }

  @Provide
  Arbitrary<List<Timestamp>> timestampLists() {
    return timestamps().list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<String>> wordLists() {
    return wellFormedStrings().list().ofMaxSize(50);
  }

  @Property
  void timestamps(@ForAll("timestamps") Timestamp t) {
    Timestamp back = roundTrip(TimestampCodec.INSTANCE, t);
    assertThat(back).isEqualTo(t);
    assertThat(back.depth()).isEqualTo(t.depth());
  }

  @Property
  void progressUpdates(@ForAll("timestampLists") List<Timestamp> times, @ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    int n = times.size();
    int[] locations = r.ints(n).toArray();
    long[] deltas = r.longs(n).toArray();
    ProgressUpdate u = new ProgressUpdate(locations, times.toArray(new Timestamp[0]), deltas);
    assertThat(roundTrip(ProgressUpdateCodec.INSTANCE, u)).isEqualTo(u);
  }

  @Property
  void longBatches(@ForAll @Size(max = 300) long[] values) {
    LongBatch batch = new LongBatch();
    for (long v : values) {
      batch.add(v);
    }
    HeapWireWriter out = new HeapWireWriter(8);
    LongBatchCodec.INSTANCE.write(batch, out);
    LongBatch back = LongBatch.TYPE.create();
    HeapWireReader in = new HeapWireReader(out.toByteArray());
    LongBatchCodec.INSTANCE.readInto(in, back);
    in.expectEnd();
    assertThat(Arrays.copyOf(back.array(), back.size())).containsExactly(values);
  }

  @Property
  void objectBatches(@ForAll("wordLists") List<String> words, @ForAll long seed) {
    ObjectBatch.Type<Object[]> type = ObjectBatch.type("word-count");
    ObjectBatchCodec<Object[]> codec = new ObjectBatchCodec<>(type, Codecs.tuple(Codecs.STRING, Codecs.LONG));
    ObjectBatch<Object[]> batch = type.create();
    java.util.Random r = new java.util.Random(seed);
    for (String w : words) {
      batch.add(new Object[] {w, r.nextLong()});
    }
    HeapWireWriter out = new HeapWireWriter(8);
    codec.write(batch, out);
    HeapWireReader in = new HeapWireReader(out.toByteArray());
    ObjectBatch<Object[]> back = codec.read(in);
    in.expectEnd();
    assertThat(back.type()).isSameAs(type);
    assertThat(back.toList()).usingRecursiveFieldByFieldElementComparator().hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(back.get(i)).containsExactly(batch.get(i));
    }
  }

  @Property
  void truncatedPayloadsFailCleanly(@ForAll @Size(min = 1, max = 40) long[] values, @ForAll int cut) {
    LongBatch batch = new LongBatch();
    for (long v : values) {
      batch.add(v);
    }
    HeapWireWriter out = new HeapWireWriter(8);
    LongBatchCodec.INSTANCE.write(batch, out);
    byte[] bytes = out.toByteArray();
    int len = Math.floorMod(cut, bytes.length); // strictly shorter than what was written
    assertThatThrownBy(() -> LongBatchCodec.INSTANCE.read(new HeapWireReader(bytes, 0, len)))
        .isInstanceOf(WireFormatException.class);
  }

  @Property
  void corruptCountsNeverAllocateHugeBatches(@ForAll int count) {
    HeapWireWriter out = new HeapWireWriter(8);
    out.writeInt(count);
    out.writeLong(1);
    HeapWireReader in = new HeapWireReader(out.toByteArray());
    if (count == 0 || count == 1) {
      LongBatchCodec.INSTANCE.read(in);
    } else {
      assertThatThrownBy(() -> LongBatchCodec.INSTANCE.read(in)).isInstanceOf(WireFormatException.class)
          .hasMessageContaining("count " + count);
    }
  }

  @Property
  void invalidTimestampsAreFormatErrors(@ForAll long epoch, @ForAll int counter) {
    HeapWireWriter out = new HeapWireWriter(8);
    out.writeLong(epoch);
    out.writeInt(1);
    out.writeInt(counter);
    HeapWireReader in = new HeapWireReader(out.toByteArray());
    if (epoch >= 0 && counter >= 0) {
      assertThat(TimestampCodec.INSTANCE.read(in)).isEqualTo(Timestamp.of(epoch, counter));
    } else {
      assertThatThrownBy(() -> TimestampCodec.INSTANCE.read(in)).isInstanceOf(WireFormatException.class);
    }
  }

  @Property
  void booleansOtherThanZeroOrOneAreRejected(@ForAll byte b) {
    HeapWireReader in = new HeapWireReader(new byte[] {b});
    if (b == 0 || b == 1) {
      assertThat(in.readBoolean()).isEqualTo(b == 1);
    } else {
      assertThatThrownBy(in::readBoolean).isInstanceOf(WireFormatException.class);
    }
  }
}
