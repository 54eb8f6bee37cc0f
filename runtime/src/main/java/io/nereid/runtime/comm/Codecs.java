package io.nereid.runtime.comm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Codecs of the NQ value types (bool, int, long, double, string, date), of nullable values and
 * of tuples. Generated record codecs write primitive fields directly; these are for object
 * records, hand-written vertices and tests.
 */
public final class Codecs {
  private Codecs() {}

  public static final Codec<Boolean> BOOLEAN = new Fixed<>(1) {
    @Override
    public void write(Boolean v, WireWriter out) {
      out.writeBoolean(v);
    }

    @Override
    public Boolean read(WireReader in) {
      return in.readBoolean();
    }
  };

  public static final Codec<Integer> INT = new Fixed<>(4) {
    @Override
    public void write(Integer v, WireWriter out) {
      out.writeInt(v);
    }

    @Override
    public Integer read(WireReader in) {
      return in.readInt();
    }
  };

  public static final Codec<Long> LONG = new Fixed<>(8) {
    @Override
    public void write(Long v, WireWriter out) {
      out.writeLong(v);
    }

    @Override
    public Long read(WireReader in) {
      return in.readLong();
    }
  };

  public static final Codec<Double> DOUBLE = new Fixed<>(8) {
    @Override
    public void write(Double v, WireWriter out) {
      out.writeDouble(v);
    }

    @Override
    public Double read(WireReader in) {
      return in.readDouble();
    }
  };

  /** UTF-8, prefixed by the byte length. */
  public static final Codec<String> STRING = new Fixed<>(4) {
    @Override
    public void write(String v, WireWriter out) {
      out.writeString(v);
    }

    @Override
    public String read(WireReader in) {
      return in.readString();
    }
  };

  /** A date as its epoch day (a long). */
  public static final Codec<LocalDate> DATE = new Fixed<>(8) {
    @Override
    public void write(LocalDate v, WireWriter out) {
      out.writeLong(v.toEpochDay());
    }

    @Override
    public LocalDate read(WireReader in) {
      long day = in.readLong();
      try {
        return LocalDate.ofEpochDay(day);
      } catch (java.time.DateTimeException e) {
        throw new WireFormatException("epoch day " + day + " is not a date", e);
      }
    }
  };

  /** Values that may be null: a presence byte, then the value if present. */
  public static <T> Codec<T> nullable(Codec<T> codec) {
    Objects.requireNonNull(codec, "codec");
    return new Fixed<>(1) {
      @Override
      public void write(T v, WireWriter out) {
        out.writeBoolean(v != null);
        if (v != null) {
          codec.write(v, out);
        }
      }

      @Override
      public T read(WireReader in) {
        return in.readBoolean() ? codec.read(in) : null;
      }
    };
  }

  /** Tuples as object arrays, one codec per field (at least one field). */
  public static Codec<Object[]> tuple(Codec<?>... fields) {
    List<Codec<?>> list = List.of(fields);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a tuple needs at least one field");
    }
    int min = list.stream().mapToInt(Codec::minSize).sum();
    return new Fixed<>(min) {
      @Override
      public void write(Object[] v, WireWriter out) {
        if (v.length != list.size()) {
          throw new IllegalArgumentException("tuple of " + v.length + " fields, codec has " + list.size()
              + ": " + Arrays.toString(v));
        }
        for (int i = 0; i < v.length; i++) {
          writeField(list.get(i), v[i], out);
        }
      }

      @Override
      public Object[] read(WireReader in) {
        Object[] v = new Object[list.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = list.get(i).read(in);
        }
        return v;
      }
    };
  }

  /** Pairs of any class {@code T}, taken apart by two getters and put together by {@code make}. */
  public static <T, A, B> Codec<T> pair(Codec<A> first, Function<? super T, ? extends A> getFirst,
      Codec<B> second, Function<? super T, ? extends B> getSecond, BiFunction<? super A, ? super B, ? extends T> make) {
    Objects.requireNonNull(make, "make");
    return new Fixed<>(first.minSize() + second.minSize()) {
      @Override
      public void write(T v, WireWriter out) {
        first.write(getFirst.apply(v), out);
        second.write(getSecond.apply(v), out);
      }

      @Override
      public T read(WireReader in) {
        A a = first.read(in);
        B b = second.read(in);
        return make.apply(a, b);
      }
    };
  }

  /**
   * Instances of a record class, one codec per component in declaration order; the record is
   * read back through its canonical constructor (whose checks may reject decoded values, as a
   * {@link WireFormatException}).
   */
  public static <R extends Record> Codec<R> record(Class<R> type, Codec<?>... components) {
    RecordComponent[] rc = type.getRecordComponents();
    if (rc == null) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    if (rc.length != components.length || rc.length == 0) {
      throw new IllegalArgumentException(type.getName() + " has " + rc.length + " components, "
          + components.length + " codecs given (a record needs at least one component)");
    }
    List<Codec<?>> codecs = List.of(components);
    MethodHandle[] getters = new MethodHandle[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    MethodHandle ctor;
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      for (int i = 0; i < rc.length; i++) {
        Method m = rc[i].getAccessor();
        m.setAccessible(true);
        getters[i] = lookup.unreflect(m);
        types[i] = rc[i].getType();
      }
      Constructor<R> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      ctor = lookup.unreflectConstructor(c).asSpreader(Object[].class, rc.length);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("cannot access the components of record " + type.getName(), e);
    }
    int min = codecs.stream().mapToInt(Codec::minSize).sum();
    return new Fixed<>(min) {
      @Override
      public void write(R v, WireWriter out) {
        for (int i = 0; i < getters.length; i++) {
          Object field;
          try {
            field = getters[i].invoke(v);
          } catch (Throwable t) {
            throw new IllegalStateException("reading component " + rc[i].getName() + " of " + type.getName(), t);
          }
          writeField(codecs.get(i), field, out);
        }
      }

      @Override
      public R read(WireReader in) {
        Object[] args = new Object[getters.length];
        for (int i = 0; i < args.length; i++) {
          args[i] = codecs.get(i).read(in);
        }
        try {
          return type.cast(ctor.invoke(args));
        } catch (RuntimeException e) {
          throw new WireFormatException("decoded values rejected by " + type.getName() + ": " + e.getMessage(), e);
        } catch (Throwable t) {
          throw new IllegalStateException("constructing " + type.getName(), t);
        }
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <F> void writeField(Codec<F> codec, Object value, WireWriter out) {
    codec.write((F) value, out);
  }

  /** A codec with a fixed minimum size. */
  private abstract static class Fixed<T> implements Codec<T> {
    private final int minSize;

    Fixed(int minSize) {
      this.minSize = minSize;
    }

    @Override
    public int minSize() {
      return minSize;
    }
  }
}
