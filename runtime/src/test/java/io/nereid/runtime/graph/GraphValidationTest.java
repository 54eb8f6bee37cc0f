package io.nereid.runtime.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.time.PathSummary;
import org.junit.jupiter.api.Test;

/** {@link Dataflow#build()} refuses graphs that cannot work, naming the stages, and accepts nested loops. */
class GraphValidationTest {
  private static final VertexFactory NOTHING = ctx -> new Vertex() {};

  private static Stream<LongBatch> map(Stream<LongBatch> s, String name) {
    return s.unary(name, Pact.pipeline(), LongBatch.TYPE, NOTHING);
  }

  @Test
  void aFeedbackNeverConnectedIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Loop loop = df.loop("iterate");
    Feedback<LongBatch> fb = loop.feedback(LongBatch.TYPE);
    Stream<LongBatch> body = loop.enter(in.stream()).binary("step", Pact.pipeline(), fb.stream(), Pact.pipeline(),
        LongBatch.TYPE, NOTHING);
    loop.leave(body).sink("out", Pact.pipeline(), NOTHING);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessage("the feedback of loop 'iterate' is never connected (call Feedback.connect)");
  }

  @Test
  void anInputPortNeverConnectedIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    StageBuilder join = df.stage("join");
    join.input(in.stream(), Pact.pipeline());
    join.input(LongBatch.TYPE, Pact.pipeline());
    join.output(LongBatch.TYPE);
    join.build(NOTHING);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessage("input 1 of stage 'join' is never connected");
  }

  @Test
  void aStageDeclaredButNeverBuiltIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    StageBuilder half = df.stage("half-done");
    half.input(in.stream(), Pact.pipeline());
    half.output(LongBatch.TYPE);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessage("stage 'half-done' was declared but never built");
  }

  @Test
  void everyProblemIsListed() {
    Dataflow df = new Dataflow();
    df.input("numbers", LongBatch.TYPE);
    df.stage("a").input(LongBatch.TYPE, Pact.pipeline());
    StageBuilder b = df.stage("b");
    b.input(LongBatch.TYPE, Pact.pipeline());
    b.build(NOTHING);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("stage 'a' was declared but never built")
        .hasMessageContaining("input 0 of stage 'a' is never connected")
        .hasMessageContaining("input 0 of stage 'b' is never connected");
  }

  @Test
  void aStreamOfAnotherScopeIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Loop loop = df.loop("iterate");
    assertThatThrownBy(() -> loop.stage("inside").input(in.stream(), Pact.pipeline()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("stage 'inside' (in loop 'iterate') cannot read stream numbers.0 (long) of the root scope")
        .hasMessageContaining("use Loop.enter / Loop.leave");
    Stream<LongBatch> inner = loop.enter(in.stream());
    map(inner, "x").sink("inside sink", Pact.pipeline(), NOTHING); // the loop's own scope is fine
    assertThatThrownBy(() -> df.stage("outside").input(inner, Pact.pipeline()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("stage 'outside' (in the root scope) cannot read stream enter iterate.0 (long) of loop 'iterate'");
    assertThatThrownBy(() -> df.loop("other").leave(inner))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("loop 'other' can only leave streams of its own scope");
    assertThatThrownBy(() -> loop.loop("nested").enter(in.stream()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("loop 'nested' can only enter streams of its parent scope");
  }

  @Test
  void aCycleWithoutAFeedbackIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    StageBuilder merge = df.stage("merge");
    merge.input(in.stream(), Pact.pipeline());
    StageBuilder.InputPort<LongBatch> back = merge.input(LongBatch.TYPE, Pact.pipeline());
    Stream<LongBatch> merged = merge.output(LongBatch.TYPE);
    merge.build(NOTHING);
    Stream<LongBatch> step = map(merged, "step");
    back.connect(map(step, "again"));
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessage("cycle without a loop feedback: 'merge' -> 'step' -> 'again' -> 'merge'; close cycles with Loop.feedback()");
  }

  @Test
  void aCycleInsideALoopThatBypassesTheFeedbackIsRefused() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Loop loop = df.loop("iterate");
    Feedback<LongBatch> fb = loop.feedback(LongBatch.TYPE);
    StageBuilder head = loop.stage("head");
    head.input(loop.enter(in.stream()), Pact.pipeline());
    head.input(fb.stream(), Pact.pipeline());
    StageBuilder.InputPort<LongBatch> shortcut = head.input(LongBatch.TYPE, Pact.pipeline());
    Stream<LongBatch> out = head.output(LongBatch.TYPE);
    head.build(NOTHING);
    Stream<LongBatch> body = map(out, "body");
    fb.connect(body);
    shortcut.connect(body);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("cycle without a loop feedback: 'head' -> 'body' -> 'head'");
  }

  @Test
  void aSelfLoopIsRefused() {
    Dataflow df = new Dataflow();
    StageBuilder self = df.stage("self");
    StageBuilder.InputPort<LongBatch> port = self.input(LongBatch.TYPE, Pact.pipeline());
    Stream<LongBatch> out = self.output(LongBatch.TYPE);
    self.build(NOTHING);
    port.connect(out);
    assertThatThrownBy(df::build)
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("'self' -> 'self'");
  }

  @Test
  void misuseOfTheBuilderIsRefusedAtOnce() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    StageBuilder b = df.stage("once");
    StageBuilder.InputPort<LongBatch> port = b.input(LongBatch.TYPE, Pact.pipeline());
    port.connect(in.stream());
    assertThatThrownBy(() -> port.connect(in.stream()))
        .isInstanceOf(GraphException.class).hasMessage("input 0 of stage 'once' is already connected");
    b.build(NOTHING);
    assertThatThrownBy(() -> b.output(LongBatch.TYPE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stage 'once' is already built");
    assertThatThrownBy(() -> df.loop("l").feedback(LongBatch.TYPE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations must be >= 1");
    df.build();
    assertThatThrownBy(() -> df.stage("late"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already built");
  }

  @Test
  void aValidNestedLoopGraphIsAccepted() {
    Dataflow df = new Dataflow();
    Input<LongBatch> in = df.input("numbers", LongBatch.TYPE);
    Loop outer = df.loop("outer");
    Feedback<LongBatch> outerFb = outer.feedback(LongBatch.TYPE, 5);
    Stream<LongBatch> outerHead = outer.enter(in.stream()).binary("outer head", Pact.pipeline(), outerFb.stream(),
        Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE, NOTHING);
    Loop inner = outer.loop("inner");
    Feedback<LongBatch> innerFb = inner.feedback(LongBatch.TYPE);
    Stream<LongBatch> innerHead = inner.enter(outerHead).binary("inner head", Pact.pipeline(), innerFb.stream(),
        Pact.pipeline(), LongBatch.TYPE, NOTHING);
    Stream<LongBatch> innerBody = map(innerHead, "inner body");
    innerFb.connect(innerBody);
    Stream<LongBatch> innerOut = inner.leave(innerBody);
    outerFb.connect(innerOut);
    Stream<LongBatch> result = outer.leave(innerOut);
    result.sink("sink", Pact.pipeline(), NOTHING);
    Probe probe = result.probe();

    Graph g = df.build();

    assertThat(inner.depth()).isEqualTo(2);
    assertThat(g.stages()).extracting(Stage::name).contains("outer head", "inner head", "inner body", "sink");
    Stage innerBodyStage = g.stages().stream().filter(s -> s.name().equals("inner body")).findFirst().orElseThrow();
    assertThat(innerBodyStage.depth()).isEqualTo(2);
    Stage innerHeadStage = g.stages().stream().filter(s -> s.name().equals("inner head")).findFirst().orElseThrow();
    Stage outerHeadStage = g.stages().stream().filter(s -> s.name().equals("outer head")).findFirst().orElseThrow();
    Stage probeStage = g.stage(probe.stageId());
    assertThat(probeStage.kind()).isEqualTo(StageKind.PROBE);
    assertThat(g.locationName(innerHeadStage.inputLocations()[1])).isEqualTo("'inner head'.in1");
    // From the inner body around the inner feedback (+1 on the inner counter), or out of the inner
    // loop, around the outer one and in again (incomparable: both are kept).
    assertThat(g.reachability().between(innerBodyStage.outputLocations()[0], innerHeadStage.inputLocations()[1]))
        .containsExactlyInAnyOrder(PathSummary.FEEDBACK, PathSummary.of(1, 1, 1));
    // Out of the inner loop and around the outer one.
    assertThat(g.reachability().between(innerBodyStage.outputLocations()[0], outerHeadStage.inputLocations()[1]))
        .containsExactly(PathSummary.of(1, 1));
    assertThat(g.reachability().between(g.stage(in.stageId()).inputLocations()[0], probeStage.inputLocations()[0]))
        .containsExactly(PathSummary.IDENTITY);
    Stage feedbackStage = g.stages().stream().filter(s -> s.kind() == StageKind.FEEDBACK && s.maxIterations() == 5)
        .findFirst().orElseThrow();
    assertThat(feedbackStage.summary()).isEqualTo(PathSummary.FEEDBACK);
    assertThat(g.stage(in.stageId()).kind()).isEqualTo(StageKind.INPUT);
  }
}
