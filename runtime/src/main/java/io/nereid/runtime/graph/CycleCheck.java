package io.nereid.runtime.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds a cycle of stages that does not pass through a feedback stage, and reports it with the
 * names of the stages on it.
 */
final class CycleCheck {
  private final List<StageDef> defs;
  private final List<List<Integer>> successors = new ArrayList<>();
  private final int[] state; // 0 new, 1 on the DFS stack, 2 done
  private final int[] parent;

  CycleCheck(List<StageDef> defs) {
    this.defs = defs;
    this.state = new int[defs.size()];
    this.parent = new int[defs.size()];
    for (int i = 0; i < defs.size(); i++) {
      successors.add(new ArrayList<>());
    }
    for (StageDef d : defs) {
      for (StageDef.InputDef in : d.inputs) {
        if (in.source != null && in.source.producer.kind != StageKind.FEEDBACK) {
          successors.get(in.source.producer.id).add(d.id);
        }
      }
    }
  }

  void run() {
    for (int s = 0; s < defs.size(); s++) {
      if (state[s] == 0) {
        visit(s);
      }
    }
  }

  private void visit(int root) {
    // Iterative DFS: graphs built by generated code can be deep.
    List<int[]> stack = new ArrayList<>();
    stack.add(new int[] {root, 0});
    state[root] = 1;
    parent[root] = -1;
    while (!stack.isEmpty()) {
      int[] top = stack.get(stack.size() - 1);
      List<Integer> next = successors.get(top[0]);
      if (top[1] == next.size()) {
        state[top[0]] = 2;
        stack.remove(stack.size() - 1);
        continue;
      }
      int s = next.get(top[1]++);
      if (state[s] == 1) {
        throw new GraphException("cycle without a loop feedback: " + describeCycle(top[0], s)
            + "; close cycles with Loop.feedback()");
      }
      if (state[s] == 0) {
        state[s] = 1;
        parent[s] = top[0];
        stack.add(new int[] {s, 0});
      }
    }
  }

  private String describeCycle(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int s = from; s != to && s != -1; s = parent[s]) {
      names.add(defs.get(s).describe());
    }
    names.add(defs.get(to).describe());
    Collections.reverse(names);
    names.add(defs.get(to).describe());
    return String.join(" -> ", names);
  }
}
