package io.github.jiguan.examples.gateway.storage;

/**
 * What to do once a piece of work is stored: acknowledge the terminal, answer its registration.
 * Called on the writer's thread; implementations hand the answer to the connection's event loop and
 * return at once.
 */
public interface Completion {

    /** Nothing to do. */
    Completion NONE = new Completion() {
        @Override
        public void committed() {
        }

        @Override
        public void refused(Exception cause) {
        }
    };

    /** The transaction holding the work committed. */
    void committed();

    /**
     * The database refused the work itself (not a lost connection, which is retried): it will never be
     * stored. The cause names why.
     */
    void refused(Exception cause);
}
