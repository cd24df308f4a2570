package app.chuangxian.audit;

/**
 * The record a request path speaks about: the innermost collection followed by an id
 * ({@code /api/v1/branches/7/archive} is Branch 7), or the collection itself when there is no id.
 */
record EntityRef(String type, String id) {

    static EntityRef fromPath(String path) {
        String[] parts = path.replaceFirst("^/api/v\\d+/?", "").split("/");
        String type = null;
        String id = null;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || isId(part)) {
                continue;
            }
            if (i + 1 < parts.length && isId(parts[i + 1])) {
                type = typeName(part);
                id = parts[i + 1];
            } else if (type == null) {
                type = typeName(part);
            }
        }
        return new EntityRef(type, id);
    }

    private static boolean isId(String part) {
        return part.chars().allMatch(Character::isDigit) || part.matches("[0-9a-fA-F-]{32,36}");
    }

    /** "leading-group-members" becomes "LeadingGroupMember", "categories" becomes "Category". */
    static String typeName(String segment) {
        String singular = segment;
        if (singular.endsWith("ies")) {
            singular = singular.substring(0, singular.length() - 3) + "y";
        } else if (singular.matches(".*(ches|shes|sses|xes)$")) {
            singular = singular.substring(0, singular.length() - 2);
        } else if (singular.endsWith("s") && !singular.endsWith("ss")) {
            singular = singular.substring(0, singular.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String word : singular.split("[-_]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return AuditLog.cut(out.toString(), 60);
    }
}
