package io.github.jiguan.examples.cli;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiguan gateway}: runs the JT/T 808 gateway until it is stopped (Ctrl-C, SIGTERM). Exit status
 * 0 after a stop, 1 when it cannot start, 2 for a bad command line.
 */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        header = "Run the JT/T 808 gateway.",
        description = "Run the JT/T 808 gateway: take terminal connections on --port, store every position in the"
                + " database before acknowledging it, and admit only the terminals of --register.")
final class GatewayCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8808", description = "TCP port for terminals (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on (default ${DEFAULT-VALUE}: every interface).")
    private String host;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--register", paramLabel = "FILE",
            description = "vehicles.csv with a terminal_phone column: the terminals admitted. Without it, the register"
                    + " stored by the last run is used.")
    private Path register;

    @Option(names = "--open-registration", description = "Let terminals that are not in the register register too.")
    private boolean openRegistration;

    @Option(names = "--metrics-port", paramLabel = "N", defaultValue = "-1",
            description = "Serve Prometheus metrics at http://HOST:N/metrics (default: off; 0 picks a free port).")
    private int metricsPort;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Close a connection that sends nothing for this long (default ${DEFAULT-VALUE}).")
    private long idleSeconds;

    @Option(names = "--io-threads", paramLabel = "N", defaultValue = "0",
            description = "Network threads (default 0: two per processor).")
    private int ioThreads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GatewayConfig config;
        try {
            config = GatewayConfig.builder().host(host).port(port)
                    .jdbc(database.urlOrDefault(), database.user, database.passwordOrEnvironment())
                    .registerFile(register).openRegistration(openRegistration).metricsPort(metricsPort)
                    .idleTimeout(Duration.ofSeconds(idleSeconds)).ioThreads(ioThreads).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Gateway gateway;
        try {
            gateway = Gateway.start(config);
        } catch (RuntimeException e) {
            err.println("jiguan gateway: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "jiguan-gateway-stop"));
        spec.commandLine().getOut().printf("jiguan gateway: listening on %s:%d%s; stop with Ctrl-C%n", host,
                gateway.port(), gateway.metricsPort().map(p -> ", metrics on port " + p).orElse(""));
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
