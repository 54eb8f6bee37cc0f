package io.nereid.operators;

import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Config;
import java.util.List;
import java.util.Map;

/**
 * What every class generated from an NQ program implements: the program's declared inputs and
 * outputs, and a way to run it once on given inputs. {@code nq run} and the Maven plugin both go
 * through this interface.
 */
public interface CompiledProgram {
    /** The declared inputs, in source order. */
    List<RelationInfo> inputs();

    /** The outputs, in source order. */
    List<RelationInfo> outputs();

    /** The wire codecs of every batch type of the dataflow, for runs across processes. */
    List<BatchCodec<?>> codecs();

    /**
     * Builds the dataflow, feeds each input (by name; every declared input must be bound) at
     * epoch 0, runs it to completion on {@code config}'s workers, and returns every output's rows.
     * The readers are closed afterwards.
     */
    default Results run(Map<String, RowReader> inputs, Config config) {
        return run(inputs, Cluster.single(config));
    }

    /**
     * Runs this process's part of the program on {@code cluster} (every process runs it with its
     * own readers of the same inputs: each feeds its share of the rows, in chunks). The outputs
     * are gathered on global worker 0, so the results are complete on the leader (process 0)
     * and empty elsewhere.
     */
    Results run(Map<String, RowReader> inputs, Cluster cluster);
}
