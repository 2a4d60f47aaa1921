package org.parley.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Which addresses a fetch may reach: public unicast ones only, unless private addresses are allowed. */
final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Why the address is not public, or null when it is. */
    static String refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusalV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            InetAddress embedded = embeddedV4(b);
            if (embedded != null) {
                String inner = refusal(embedded);
                return inner == null ? null : inner + " (IPv4 inside IPv6)";
            }
        }
        return null;
    }

    private static String refusalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return "unspecified (0.0.0.0/8)";
        }
        if (a0 == 100 && a1 >= 64 && a1 < 128) {
            return "private (shared address space)";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "private (benchmarking)";
        }
        if (a0 >= 240) {
            return "reserved or broadcast";
        }
        return null;
    }

    /** The IPv4 address an IPv6 one carries: IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16). */
    private static InetAddress embeddedV4(byte[] b) {
        try {
            boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
            if (zeroPrefix || nat64) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
