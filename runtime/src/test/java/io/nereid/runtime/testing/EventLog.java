package io.nereid.runtime.testing;

import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every vertex of a run saw, in order: records received, notifications requested and
 * delivered. {@link #violations()} checks the notification contract on it:
 * <ul>
 *   <li>no record at a time {@code <= t} reaches a vertex after its notification at {@code t};</li>
 *   <li>every requested notification is delivered exactly once, and only requested ones.</li>
 * </ul>
 * {@link #orderViolations()} checks that no notification at {@code t' < t} comes after the one
 * at {@code t}.
 * Each vertex appends to its own list from its worker's thread; read the log after the run.
 */
public final class EventLog {
  /** What happened. */
  public enum Kind { RECV, REQUEST, NOTIFY }

  /** One event of one vertex. */
  public record Event(Kind kind, Timestamp time) {
    @Override
    public String toString() {
      return kind.name().toLowerCase() + " " + time;
    }
  }

  private final Map<String, List<Event>> vertices = new ConcurrentHashMap<>();

  /** The log of one vertex, named e.g. {@code stage@worker}; to be used by that vertex only. */
  public List<Event> vertex(String name) {
    List<Event> events = new ArrayList<>();
    if (vertices.putIfAbsent(name, events) != null) {
      throw new IllegalStateException("two vertices named " + name);
    }
    return events;
  }

  /** Total number of events, to make sure a run did something. */
  public int size(Kind kind) {
    int n = 0;
    for (List<Event> events : vertices.values()) {
      for (Event e : events) {
        n += e.kind() == kind ? 1 : 0;
      }
    }
    return n;
  }

  /** Violations of the notification contract, one line each (empty when all is well). */
  public List<String> violations() {
    List<String> problems = new ArrayList<>();
    new TreeMap<>(vertices).forEach((name, events) -> check(name, events, problems));
    return problems;
  }

  /** Notifications delivered out of timestamp order, one line each. */
  public List<String> orderViolations() {
    List<String> problems = new ArrayList<>();
    new TreeMap<>(vertices).forEach((name, events) -> {
      List<Timestamp> notified = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (e.kind() == Kind.NOTIFY) {
          for (Timestamp earlier : notified) {
            if (e.time().lessThan(earlier)) {
              problems.add(name + ": notified at " + e.time() + " after the later " + earlier + " (event " + i + ")");
            }
          }
          notified.add(e.time());
        }
      }
    });
    return problems;
  }

  private static void check(String name, List<Event> events, List<String> problems) {
    Set<Timestamp> requested = new HashSet<>();
    Set<Timestamp> delivered = new HashSet<>();
    List<Timestamp> notified = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      switch (e.kind()) {
        case REQUEST -> requested.add(e.time());
        case NOTIFY -> {
          if (!requested.contains(e.time())) {
            problems.add(name + ": notified at " + e.time() + " without a request (event " + i + ")");
          }
          if (!delivered.add(e.time())) {
            problems.add(name + ": notified twice at " + e.time() + " (event " + i + ")");
          }
          notified.add(e.time());
        }
        case RECV -> {
          for (Timestamp n : notified) {
            if (e.time().lessEqual(n)) {
              problems.add(name + ": received records at " + e.time() + " after its notification at " + n
                  + " (event " + i + " of " + events.size() + ")");
            }
          }
        }
      }
    }
    for (Timestamp t : requested) {
      if (!delivered.contains(t)) {
        problems.add(name + ": requested a notification at " + t + " that never came");
      }
    }
  }
}
