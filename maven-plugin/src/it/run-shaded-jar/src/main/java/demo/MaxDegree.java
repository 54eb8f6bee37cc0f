package demo;

import app.graph.Degrees;
import java.util.List;

/** Calls the program's typed API from hand-written Java, with a param set (every node, not those of degree 7 or more). */
public final class MaxDegree {
    private MaxDegree() {
    }

    public static void main(String[] args) {
        List<Degrees.Edges> edges = List.of(new Degrees.Edges(1, 2), new Degrees.Edges(1, 3), new Degrees.Edges(2, 3),
                new Degrees.Edges(7, 1), new Degrees.Edges(1, 7));
        Degrees.Result result = Degrees.run(Degrees.Params.defaults().withLeast(1), edges, 2);
        long max = result.degree().stream().mapToLong(Degrees.Degree::deg).max().orElse(0);
        System.out.println("max degree " + max + " over " + result.degree().size() + " nodes");
    }
}
