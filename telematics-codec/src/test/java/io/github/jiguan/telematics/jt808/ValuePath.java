package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.internal.Gbk;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.Octets;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a value off a decoded message by a path of accessor names ({@code body.location.alarmBits},
 * {@code body.areas[].id} for each element, {@code body.items{id=49}} for the element whose id is 49),
 * and brings expected and actual values to comparable forms by a named conversion.
 */
final class ValuePath {

    private ValuePath() {
    }

    static final Object MISSING = new Object();

    static Object json(Map<String, Object> root, String path) {
        Object cur = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean each = p.endsWith("[]");
            String key = each ? p.substring(0, p.length() - 2) : p;
            if (!(cur instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return MISSING;
            }
            cur = map.get(key);
            if (each) {
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                List<Object> out = new ArrayList<>();
                for (Object e : (List<?>) cur) {
                    @SuppressWarnings("unchecked")
                    Object x = rest.isEmpty() ? e : json((Map<String, Object>) e, rest);
                    if (x == MISSING) {
                        return MISSING;
                    }
                    out.add(x);
                }
                return out;
            }
        }
        return cur;
    }

    static Object eval(Object root, String path) throws Exception {
        Object cur = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.endsWith("[]")) {
                List<?> list = (List<?>) call(cur, p.substring(0, p.length() - 2));
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                List<Object> out = new ArrayList<>();
                for (Object e : list) {
                    out.add(rest.isEmpty() ? e : eval(e, rest));
                }
                return out;
            }
            int brace = p.indexOf('{');
            if (brace > 0) {
                String[] kv = p.substring(brace + 1, p.length() - 1).split("=");
                Object found = null;
                for (Object e : (List<?>) call(cur, p.substring(0, brace))) {
                    if (String.valueOf(call(e, kv[0])).equals(kv[1])) {
                        found = e;
                        break;
                    }
                }
                assertTrue(found != null, "no element with " + kv[0] + "=" + kv[1] + " in " + cur);
                cur = found;
            } else {
                cur = call(cur, p);
            }
        }
        return cur;
    }

    static Object call(Object target, String name) throws Exception {
        if (target instanceof List<?> list && name.equals("size")) {
            return list.size();
        }
        Method m = target.getClass().getMethod(name);
        m.setAccessible(true);
        return m.invoke(target);
    }

    static Object normalize(Object v, String conversion, boolean expectedSide) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(normalize(e, conversion, expectedSide)));
            return out;
        }
        switch (conversion) {
            case "bcd":
                return expectedSide ? ((String) v).replaceAll("[-T:]", "").substring(2) : v.toString();
            case "micro":
                return expectedSide ? v : Math.round(((Number) v).doubleValue() * 1e6);
            case "x10":
                return expectedSide ? v : Math.round(((Number) v).doubleValue() * 10);
            case "hex":
                return expectedSide ? ((String) v).toLowerCase() : ((Octets) v).hex();
            case "bytes":
                if (expectedSide) {
                    return v;
                }
                List<Object> bytes = new ArrayList<>();
                Octets o = (Octets) v;
                for (int i = 0; i < o.length(); i++) {
                    bytes.add((long) o.get(i));
                }
                return bytes;
            case "gbk":
                if (expectedSide) {
                    return v;
                }
                byte[] b = ((Octets) v).toByteArray();
                return Gbk.decode(b, 0, b.length);
            case "last":
                return v;
            case "trim":
                return expectedSide ? v : v.toString().trim();
            case "trim0":
                return expectedSide ? v : v.toString().replaceFirst("^0+", "");
            case "trimnul":
                return expectedSide ? v : v.toString().replace("\u0000", "");
            case "length":
                return expectedSide ? v : (long) ((byte[]) v).length;
            case "list":
                return expectedSide ? v : v.toString();
            case "countTyped":
            case "countRaw":
            case "countTrailing":
                return v;
            case "strip0":
                return stripZeros(v.toString());
            case "nul":
                return expectedSide ? v : v.toString().replaceAll("\u0000+$", "");
            default:
                if (v instanceof Number n && !(v instanceof Double)) {
                    return n.longValue();
                }
                return v instanceof String || v instanceof Number || v instanceof Boolean ? v : String.valueOf(v);
        }
    }

    static String stripZeros(String s) {
        String t = s.replaceFirst("^0+", "");
        return t.isEmpty() ? "0" : t;
    }

}
