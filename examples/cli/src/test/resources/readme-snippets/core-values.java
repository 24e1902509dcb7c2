/* README: "Embedding core", values */
//IMPORTS
class Snippet {
    void run() {
        //SNIPPET
    }

    void report(String field, String value, String reason) {
    }
}
