package io.github.jiguan.examples.gateway.reliability;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A gateway in a process of its own, for the test that kills it: {@code GatewayProcess PORT JDBC_URL
 * REGISTER_CSV} prints {@code LISTENING PORT} once it listens, and stops cleanly when its standard
 * input closes.
 */
public final class GatewayProcess {

    private GatewayProcess() {
    }

    /** Runs the gateway until standard input closes. */
    public static void main(String[] args) throws IOException {
        GatewayConfig config = GatewayConfig.builder().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .jdbc(args[1], null, null).registerFile(Path.of(args[2])).build();
        try (Gateway gateway = Gateway.start(config)) {
            System.out.println("LISTENING " + gateway.port());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait for the test to close standard input
            }
        }
    }
}
