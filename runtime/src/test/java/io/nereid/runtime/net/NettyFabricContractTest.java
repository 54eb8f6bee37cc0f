package io.nereid.runtime.net;

import io.nereid.runtime.comm.Fabric;
import io.nereid.runtime.comm.FabricContract;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LeakCheck.class)
class NettyFabricContractTest extends FabricContract {
  @Override
  protected List<? extends Fabric> connect(int processes) {
    return Cluster.start(processes, cfg -> cfg.withMaxPayloadBytes(1 << 20)).fabrics;
  }
}
