package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;

/**
 * The other processes of a computation, as the computation sees them: somewhere to send batches
 * for their workers and this process's progress updates. What comes back is handed to
 * {@link Computation#receiveData} and {@link Computation#receiveProgress}; a lost peer to
 * {@link Computation#peerFailed}. How bytes move (Netty, in memory) is the implementation's
 * business: the computation never knows.
 *
 * <p>Contract: progress updates from this process reach every peer whole and in the order they
 * were broadcast. Data has no ordering requirement.
 */
public interface Peers {
  /** Sends {@code batch} (ownership passes to the peers) for input {@code input} of stage {@code stage} on global worker {@code worker}. */
  void sendData(int process, int worker, int stage, int input, Timestamp time, Batch batch);

  /** Sends one of this process's progress updates to every other process. */
  void broadcastProgress(ProgressUpdate update);

  /** A computation of one process has no peers. */
  Peers NONE = new Peers() {
    @Override
    public void sendData(int process, int worker, int stage, int input, Timestamp time, Batch batch) {
      throw new IllegalStateException("no peers: a one-process computation has no remote workers");
    }

    @Override
    public void broadcastProgress(ProgressUpdate update) {}
  };
}
