package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.plan.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * An aggregate's merge: per time, a map from key to a group's accumulators, fed by partial rows
 * (or raw rows when the input is already partitioned on the keys); when the time completes, each
 * group's final row runs through the chain. Primitive groups of a finished time are cleared and
 * reused by the next time.
 */
final class AggregateMergeCode extends EntryCode {
    private final Entry.AggregateMerge entry;

    AggregateMergeCode(StageGenerator g, Entry.AggregateMerge entry) {
        super(g);
        this.entry = entry;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        List<io.nereid.compiler.types.ScalarType> keyTypes = entry.keys().stream().map(Expr::type).toList();
        AggregateCode agg = new AggregateCode(keyTypes, entry.aggregates());
        KeyCode key = new KeyCode(g.self.nestedClass("MergeKey"), keyTypes);
        ClassName acc = g.self.nestedClass("MergeAcc");
        ClassName state = g.self.nestedClass("State");
        PrimitiveGroups primitive = PrimitiveGroups.of(key, keyTypes, agg);
        if (primitive != null) {
            g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The groups of one time: key to count or sum.\n")
                    .addField(FieldSpec.builder(primitive.mapType(), "groups", Modifier.FINAL)
                            .initializer(primitive.newMap()).build())
                    .build());
        } else {
            g.type.addType(agg.accClass(acc));
            key.keyRecordSpec().ifPresent(g.type::addType);
            TypeName order = ParameterizedTypeName.get(ClassName.get(ArrayList.class), acc);
            g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The groups of one time.\n")
                    .addField(FieldSpec.builder(key.mapOf(acc), "groups", Modifier.FINAL)
                            .initializer("new $T()", key.mapOf(acc)).build())
                    .addField(FieldSpec.builder(order, "order", Modifier.FINAL).initializer("new $T()", order).build())
                    .build());
        }
        TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
        g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
        if (primitive != null) {
            // a loop's rounds have about the same groups: the map of a finished time, cleared (it
            // keeps its capacity), serves the next one instead of growing a new map every round
            g.type.addField(FieldSpec.builder(int.class, "spareKeys", Modifier.PRIVATE).build());
            SpareState.add(g.type, ctor, state, "newState", "state", CodeBlock.of("new $T()", state));
        } else {
            ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);
        }

        RecordType in = g.inputType(0);
        CodeBlock.Builder recv = CodeBlock.builder();
        ChainGenerator.Locals locals = new ChainGenerator.Locals();
        recv.addStatement("final $T s = state.get(time)", state);
        recv.addStatement("final $T in = ($T) batch", g.batch(in), g.batch(in));
        loop(recv, "in", "i");
        List<CodeBlock> row = StageGenerator.columns("in", "i", in, null);
        List<CodeBlock> keys = new ArrayList<>();
        for (Expr k : entry.keys()) {
            String name = locals.next("k");
            recv.addStatement("final $T $L = $L", JavaTypes.of(k.type()), name, g.exprs.generate(k, row));
            keys.add(CodeBlock.of("$L", name));
        }
        List<CodeBlock> contributions;
        if (entry.partialInput()) {
            contributions = row.subList(entry.keys().size(), row.size());
        } else {
            List<CodeBlock> argNulls = new ArrayList<>();
            entry.aggregates().forEach(a -> argNulls.add(a.argument().map(e -> g.exprs.nullOf(e, row, null)).orElse(null)));
            contributions = agg.rawContributions(entry.aggregates().stream()
                    .map(a -> a.argument().map(e -> g.exprs.generate(e, row)).orElse(CodeBlock.of("1L"))).toList(),
                    argNulls);
        }
        if (primitive != null) {
            primitive.add(recv, "s.groups", key.key(keys), contributions.get(0));
        } else {
            StageGenerator.group(recv, locals, agg, key, acc, "s.groups", "s.order", keys, contributions);
        }
        recv.endControlFlow();
        g.type.addMethod(onRecv().addCode(recv.build()).build());

        CodeBlock.Builder notify = CodeBlock.builder();
        notify.addStatement("final $T s = state.remove(time)", state);
        notify.beginControlFlow("if (s != null)");
        g.begin(notify);
        if (primitive != null) {
            ChainGenerator.Locals locals2 = new ChainGenerator.Locals();
            primitive.forEach(notify, "s.groups", groupRow -> g.chain(notify, locals2, groupRow));
            // keep it only while times stay about as big as the largest it held: clearing costs its capacity
            notify.addStatement("final int keys = s.groups.size()");
            notify.beginControlFlow("if (keys >= spareKeys >>> 2)");
            notify.addStatement("spareKeys = Math.max(spareKeys, keys)");
            notify.addStatement("s.groups.clear()");
            notify.addStatement("spare = s");
            notify.nextControlFlow("else");
            notify.addStatement("spareKeys = 0");
            notify.endControlFlow();
        } else {
            notify.beginControlFlow("for ($T m : s.order)", acc);
            g.chain(notify, new ChainGenerator.Locals(), agg.finalRow("m"), agg.finalNulls("m"));
            notify.endControlFlow();
        }
        g.finish(notify);
        notify.endControlFlow();
        g.addNotify(notify.build());
    }
}
