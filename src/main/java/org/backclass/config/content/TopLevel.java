package org.backclass.config.content;

import java.util.List;

/** The shape every content file shares: a mapping with one key holding a list of entries. */
final class TopLevel {

    private TopLevel() {
    }

    /** The entries under {@code key}, or an empty list after reporting why there are none. */
    static List<YamlNode> list(YamlNode root, String key, Problems problems) {
        if (!(root instanceof YamlNode.Mapping map)) {
            problems.add(root.line(), "the file must start with '" + key + ":' followed by a list, was "
                    + YamlNode.describe(root));
            return List.of();
        }
        Fields f = new Fields(map, "the file", problems).allowOnly(key);
        List<YamlNode> items = f.list(key);
        return items == null ? List.of() : items;
    }
}
