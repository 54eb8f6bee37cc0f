package io.nereid.runtime.comm;

import java.util.List;

class LocalFabricContractTest extends FabricContract {
  @Override
  protected List<? extends Fabric> connect(int processes) {
    return LocalFabric.create(processes, 1 << 20, 4 << 20);
  }
}
