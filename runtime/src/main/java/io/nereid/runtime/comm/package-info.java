/**
 * Communication between the processes of a computation, as the runtime sees it: a {@link
 * io.nereid.runtime.comm.Fabric} of P processes that moves frames (a channel id and payload
 * bytes), and the {@link io.nereid.runtime.comm.Codec codecs} that turn values and batches into
 * payload bytes through the {@link io.nereid.runtime.comm.WireWriter}/{@link
 * io.nereid.runtime.comm.WireReader} abstraction.
 *
 * <p>Nothing here knows about Netty: a one-process run uses {@link
 * io.nereid.runtime.comm.LocalFabric} (or no fabric at all) and never loads the network stack;
 * the TCP implementation lives in {@code io.nereid.runtime.net}, the only package that imports
 * Netty. Nothing here knows about vertices or progress tracking either, beyond the codecs of
 * {@link io.nereid.runtime.time.Timestamp} and {@link io.nereid.runtime.progress.ProgressUpdate}.
 */
package io.nereid.runtime.comm;
