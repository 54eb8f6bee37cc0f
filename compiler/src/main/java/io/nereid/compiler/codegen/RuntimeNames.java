package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and operator-library classes generated code uses, named by string: the compiler
 * emits code against them but never loads them (it does not depend on those modules).
 */
public final class RuntimeNames {
    private RuntimeNames() {
    }

    private static final String DATA = "io.nereid.runtime.data";
    private static final String GRAPH = "io.nereid.runtime.graph";
    private static final String EXEC = "io.nereid.runtime.exec";
    private static final String OPS = "io.nereid.operators";
    private static final String EC = "org.eclipse.collections.impl";

    public static final ClassName BATCH = ClassName.get(DATA, "Batch");
    public static final ClassName BATCH_TYPE = ClassName.get(DATA, "BatchType");
    public static final ClassName HASHING = ClassName.get(DATA, "Hashing");
    public static final ClassName BATCH_CODEC = ClassName.get("io.nereid.runtime.comm", "BatchCodec");
    public static final ClassName WIRE_WRITER = ClassName.get("io.nereid.runtime.comm", "WireWriter");
    public static final ClassName WIRE_READER = ClassName.get("io.nereid.runtime.comm", "WireReader");

    public static final ClassName VERTEX = ClassName.get(GRAPH, "Vertex");
    public static final ClassName VERTEX_CONTEXT = ClassName.get(GRAPH, "VertexContext");
    public static final ClassName OUTPUT = ClassName.get(GRAPH, "Output");
    public static final ClassName DATAFLOW = ClassName.get(GRAPH, "Dataflow");
    public static final ClassName INPUT = ClassName.get(GRAPH, "Input");
    public static final ClassName STREAM = ClassName.get(GRAPH, "Stream");
    public static final ClassName PACT = ClassName.get(GRAPH, "Pact");
    public static final ClassName LOOP = ClassName.get(GRAPH, "Loop");
    public static final ClassName FEEDBACK = ClassName.get(GRAPH, "Feedback");
    public static final ClassName STAGE_BUILDER = ClassName.get(GRAPH, "StageBuilder");
    public static final ClassName TIMESTAMP = ClassName.get("io.nereid.runtime.time", "Timestamp");

    public static final ClassName COMPUTATION = ClassName.get(EXEC, "Computation");
    public static final ClassName CONFIG = ClassName.get(EXEC, "Config");
    public static final ClassName CLUSTER = ClassName.get(EXEC, "Cluster");
    public static final ClassName INPUT_HANDLE = ClassName.get(EXEC, "InputHandle");

    public static final ClassName COMPILED_PROGRAM = ClassName.get(OPS, "CompiledProgram");
    public static final ClassName RELATION_INFO = ClassName.get(OPS, "RelationInfo");
    public static final ClassName COLUMN = ClassName.get(OPS, "Column");
    public static final ClassName COLUMN_KIND = ClassName.get(OPS, "ColumnKind");
    public static final ClassName ROW_READER = ClassName.get(OPS, "RowReader");
    public static final ClassName RESULTS = ClassName.get(OPS, "Results");
    public static final ClassName RESULT_COLLECTOR = ClassName.get(OPS, "ResultCollector");
    public static final ClassName PER_TIME = ClassName.get(OPS, "PerTime");
    public static final ClassName FUNCTIONS = ClassName.get(OPS, "Functions");
    public static final ClassName LONG_KEY_RANGES = ClassName.get(OPS + ".index", "LongKeyRanges");
    public static final ClassName LONG_SLOTS = ClassName.get(OPS + ".index", "LongSlots");
    public static final ClassName LONG_ROW_HEADS = ClassName.get(OPS + ".index", "LongRowHeads");
    public static final ClassName LONG_KEYED_SLOTS = ClassName.get(OPS + ".index", "LongKeyedSlots");
    public static final ClassName LONG_PAIR_COUNTS = ClassName.get(OPS + ".index", "LongPairCounts");
    public static final ClassName CUSTOM_CONTEXT = ClassName.get(OPS + ".custom", "CustomContext");
    public static final ClassName CUSTOM_ROWS = ClassName.get(OPS + ".custom", "Rows");
    public static final ClassName CUSTOM_EMITTER = ClassName.get(OPS + ".custom", "Emitter");
    public static final ClassName CUSTOM_ROW_SCHEMA = ClassName.get(OPS + ".custom", "RowSchema");

    public static final ClassName LONG_OBJECT_MAP = ClassName.get(EC + ".map.mutable.primitive", "LongObjectHashMap");
    public static final ClassName LONG_LONG_MAP = ClassName.get(EC + ".map.mutable.primitive", "LongLongHashMap");
    public static final ClassName LONG_DOUBLE_MAP = ClassName.get(EC + ".map.mutable.primitive", "LongDoubleHashMap");
    public static final ClassName LONG_ITERATOR = ClassName.get("org.eclipse.collections.api.iterator", "MutableLongIterator");
    public static final ClassName LONG_INT_MAP = ClassName.get(EC + ".map.mutable.primitive", "LongIntHashMap");
    public static final ClassName OBJECT_LONG_MAP = ClassName.get(EC + ".map.mutable.primitive", "ObjectLongHashMap");
    public static final ClassName OBJECT_INT_MAP = ClassName.get(EC + ".map.mutable.primitive", "ObjectIntHashMap");
    public static final ClassName LONG_SET = ClassName.get(EC + ".set.mutable.primitive", "LongHashSet");
    public static final ClassName INT_LIST = ClassName.get(EC + ".list.mutable.primitive", "IntArrayList");
}
