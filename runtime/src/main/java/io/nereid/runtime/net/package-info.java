/**
 * The TCP implementation of {@link io.nereid.runtime.comm.Fabric}, on Netty (NIO transport):
 * the only package of Nereid that imports Netty.
 *
 * <ul>
 *   <li>{@link io.nereid.runtime.net.Wire}: the wire format, in one place (frame header, message
 *       types, each type's body), with {@link io.nereid.runtime.net.FrameDecoder} and {@link
 *       io.nereid.runtime.net.FrameEncoder}.</li>
 *   <li>{@link io.nereid.runtime.net.Handshake}: the versioned, mutually authenticated handshake
 *       (challenge and response, HMAC-SHA256 of the shared secret over both nonces).</li>
 *   <li>{@link io.nereid.runtime.net.PeerHandler}: one connection's state machine (handshake, data,
 *       heartbeats, refusal with one log line); {@link io.nereid.runtime.net.PeerLink}: an
 *       authenticated peer as the sender sees it (flow control, flush coalescing).</li>
 *   <li>{@link io.nereid.runtime.net.NettyFabric}: binds, connects the processes (the lower id
 *       dials the higher), reports lost peers, closes cleanly.</li>
 * </ul>
 */
package io.nereid.runtime.net;
