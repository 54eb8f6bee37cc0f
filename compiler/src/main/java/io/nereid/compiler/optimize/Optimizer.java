package io.nereid.compiler.optimize;

import io.nereid.compiler.plan.LogicalPlan;
import io.nereid.compiler.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rule driver: applies its rules in order to every output's plan, round after round, until a
 * round changes nothing (or a bound on rounds is hit, a guard against rules that undo each other).
 */
public final class Optimizer {
    /** The result: the optimized program and the rules that changed something, in first-use order. */
    public record Result(LogicalPlan plan, List<String> appliedRules) {
        public Result {
            Objects.requireNonNull(plan, "plan");
            appliedRules = List.copyOf(appliedRules);
        }
    }

    private static final int MAX_ROUNDS = 32;
    private final List<Rule> rules;

    public Optimizer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set, in the order each round applies it. */
    public static Optimizer standard() {
        return new Optimizer(List.of(new FoldConstants(), new MergeFilters(), new PushFilterThroughProject(),
                new ExtractJoinKeys(), new PushFilterThroughJoin(), new PushFilterThroughAggregate(),
                new PruneProjections(), new PruneColumnsBelowOrderBy(), new MarkLoopInvariants(),
                new PushFilterOutOfLoop()));
    }

    public Result optimize(LogicalPlan program) {
        Set<String> applied = new LinkedHashSet<>();
        LogicalPlan current = program;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            LogicalPlan before = current;
            for (Rule rule : rules) {
                LogicalPlan next = current.mapOutputs(p -> rule.apply(p));
                if (!next.equals(current)) {
                    applied.add(rule.name());
                    current = next;
                }
            }
            if (current.equals(before)) {
                break;
            }
        }
        return new Result(current, new ArrayList<>(applied));
    }

    /** Applies the rules to one plan until nothing changes. */
    public Plan optimize(Plan plan) {
        Plan current = plan;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Plan before = current;
            for (Rule rule : rules) {
                current = rule.apply(current);
            }
            if (current.equals(before)) {
                break;
            }
        }
        return current;
    }
}
