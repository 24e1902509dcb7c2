package io.github.jiguan.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jiguan version}: prints the Jiguan version and the Java runtime. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the Jiguan version and the Java runtime.")
final class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new Provider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }

    /** The version lines, shared by {@code version} and {@code --version}. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = JiguanCli.class.getPackage().getImplementationVersion();
            return new String[] {
                "jiguan " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
