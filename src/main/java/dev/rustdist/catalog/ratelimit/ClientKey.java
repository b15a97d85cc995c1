package dev.rustdist.catalog.ratelimit;

import io.netty.util.NetUtil;
import io.vertx.core.net.SocketAddress;
import java.util.Arrays;

/**
 * The client a request is counted against: its remote address as Quarkus reports it (the one a
 * proxy forwards only where quarkus.http.proxy.* trusts that proxy). An IPv6 address counts by its
 * /64, the block one subscriber gets, so that a client cannot leave its quota behind by stepping to
 * another address of its own.
 */
final class ClientKey {

  private static final int IPV6_PREFIX_BYTES = 8;

  private ClientKey() {}

  static String of(SocketAddress remote) {
    String host = remote == null ? null : remote.host();
    if (host == null) {
      return "local";
    }
    // literals only: a forwarded value that is not an address is counted as it is, never looked up
    byte[] address = NetUtil.createByteArrayFromIpAddressString(host);
    if (address == null) {
      return host;
    }
    if (address.length == 4) {
      return NetUtil.bytesToIpAddress(address);
    }
    if (isMappedIpv4(address)) {
      return NetUtil.bytesToIpAddress(address, 12, 4);
    }
    Arrays.fill(address, IPV6_PREFIX_BYTES, address.length, (byte) 0);
    return NetUtil.bytesToIpAddress(address) + "/64";
  }

  /** ::ffff:a.b.c.d, an IPv4 client of a dual-stack socket. */
  private static boolean isMappedIpv4(byte[] address) {
    for (int i = 0; i < 10; i++) {
      if (address[i] != 0) {
        return false;
      }
    }
    return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
  }
}
