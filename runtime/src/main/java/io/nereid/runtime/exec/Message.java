package io.nereid.runtime.exec;

import io.nereid.runtime.time.Timestamp;

/** A batch in flight to one input of one vertex, counted at {@code location} until consumed. */
record Message(int input, int location, Timestamp time, Payload payload) {}
