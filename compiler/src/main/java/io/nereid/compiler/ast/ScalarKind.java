package io.nereid.compiler.ast;

/** The scalar types of NQ, with their keywords. */
public enum ScalarKind {
    BOOL("bool"), INT("int"), LONG("long"), DOUBLE("double"), STRING("string"), DATE("date");

    private final String keyword;

    ScalarKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in NQ. */
    public String keyword() {
        return keyword;
    }
}
