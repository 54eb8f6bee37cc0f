package io.nereid.cli.repl;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the REPL keeps its history across sessions: the {@code --history} file if given, else
 * {@code $NQ_HISTORY}, else {@code $XDG_STATE_HOME/nereid/repl_history}, else
 * {@code ~/.nereid/repl_history}.
 */
final class HistoryLocation {
    static final String FILE_NAME = "repl_history";

    private HistoryLocation() {
    }

    static Path resolve(Optional<Path> flag, Map<String, String> env, Path home) {
        Objects.requireNonNull(env, "env");
        if (flag.isPresent()) {
            return flag.get();
        }
        String explicit = env.get("NQ_HISTORY");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "nereid", FILE_NAME);
        }
        return home.resolve(".nereid").resolve(FILE_NAME);
    }
}
