package io.github.jiguan.telematics.jt808;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the golden values in the vectors. The TSV cuts long JSON at 900
 * characters; parsing then keeps every value that was complete before the cut.
 */
final class MiniJson {

    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    /** The object at the start of {@code text}, with the values complete before any truncation. */
    static Map<String, Object> parseObject(String text) {
        MiniJson p = new MiniJson(text);
        Map<String, Object> out = new LinkedHashMap<>();
        p.object(out);
        return out;
    }

    private static final class Truncated extends RuntimeException {
        Truncated() {
            super(null, null, false, false);
        }
    }

    private void object(Map<String, Object> out) {
        expect('{');
        try {
            ws();
            if (peek() == '}') {
                i++;
                return;
            }
            while (true) {
                ws();
                String key = string();
                ws();
                expect(':');
                Object v = value();
                out.put(key, v);
                ws();
                char c = next();
                if (c == '}') {
                    return;
                }
                if (c != ',') {
                    throw new Truncated();
                }
            }
        } catch (Truncated | StringIndexOutOfBoundsException e) {
            if (out.isEmpty() && i == 1) {
                throw e;
            }
            // keep what was complete
        }
    }

    private Object value() {
        ws();
        char c = peek();
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            int start = i;
            object(m);
            if (i >= s.length() && !s.substring(start).trim().endsWith("}")) {
                throw new Truncated();
            }
            return m;
        }
        if (c == '[') {
            i++;
            List<Object> list = new ArrayList<>();
            ws();
            if (peek() == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                ws();
                char d = next();
                if (d == ']') {
                    return list;
                }
                if (d != ',') {
                    throw new Truncated();
                }
            }
        }
        if (c == '"') {
            return string();
        }
        int start = i;
        while (i < s.length() && "-+.0123456789eEtruefalsn".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i >= s.length()) {
            throw new Truncated();
        }
        String tok = s.substring(start, i);
        if (tok.equals("true") || tok.equals("false")) {
            return Boolean.valueOf(tok);
        }
        if (tok.equals("null")) {
            return null;
        }
        if (tok.isEmpty()) {
            throw new Truncated();
        }
        try {
            return tok.contains(".") ? (Object) Double.valueOf(tok) : (Object) Long.valueOf(tok);
        } catch (NumberFormatException e) {
            throw new Truncated();
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw new Truncated();
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    throw new Truncated();
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new Truncated();
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw new Truncated();
        }
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Truncated();
        }
    }
}
