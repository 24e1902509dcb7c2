/* README: "Embedding telematics-codec" */
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
//IMPORTS
class Snippet {
    Logger log;
    byte[] bytesFromSocket;

    void run() {
        //SNIPPET
    }

    void store(Object... fields) {
    }

    void send(byte[] frame) {
    }

    int nextSerial() {
        return 1;
    }

    io.github.jiguan.telematics.jt808.Jt808Header headerTo(String phone,
            io.github.jiguan.telematics.jt808.message.MessageId id) {
        return null;
    }
}
