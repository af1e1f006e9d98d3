package org.openmom.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The protocol sequences of the guide ("Starting a server"). Every name is valid in the files;
 * only {@link #TCP} and {@link #LOCAL} are served on this platform.
 */
public enum ProtocolSequence {
    TCP("ncacn_ip_tcp", "TCP/IP"),
    UDP("ncadg_ip_udp", "UDP/IP"),
    NETBIOS_IPX("ncacn_nb_ipx", "NetBIOS/IPX"),
    NETBIOS_NETBEUI("ncacn_nb_nb", "NetBIOS/NetBEUI"),
    NETBIOS_TCP("ncacn_nb_tcp", "NetBIOS/TCP"),
    NAMED_PIPES("ncacn_np", "Named Pipes"),
    SPX("ncacn_spx", "SPX"),
    DECNET("ncacn_dnet_nsp", "DECnet transport"),
    IPX("ncadg_ipx", "IPX"),
    LOCAL("ncalrpc", "Local communications"),
    /** {@code *} in the files: try every available protocol. */
    ALL("*", "All available protocols");

    private final String fileName;
    private final String label;

    ProtocolSequence(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    /** The name written in Servers.lst, routes files and on the command line. */
    public String fileName() {
        return fileName;
    }

    /** What a person reads: "TCP/IP (ncacn_ip_tcp)", or "All available protocols". */
    public String displayName() {
        return this == ALL ? label : label + " (" + fileName + ")";
    }

    /** Whether the server and the clients of this platform can use it. */
    public boolean isAvailable() {
        return this == TCP || this == LOCAL || this == ALL;
    }

    public static Optional<ProtocolSequence> fromFileName(String name) {
        return Arrays.stream(values()).filter(p -> p.fileName.equals(name)).findFirst();
    }

    /** The file names of all protocols, for messages that list what is allowed. */
    public static String allFileNames() {
        return String.join(", ", Arrays.stream(values()).map(ProtocolSequence::fileName).toList());
    }
}
