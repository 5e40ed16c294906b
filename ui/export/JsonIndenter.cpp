// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonIndenter.h"

namespace idiolect {

QString JsonIndenter::indent(const QByteArray &json, int width)
{
    QByteArray out;
    out.reserve(json.size() * 3 / 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&out, &depth, width] {
        out.append('\n');
        out.append(QByteArray(depth * width, ' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            out.append(c);
            qsizetype next = i + 1;
            while (next < json.size() && (json[next] == ' ' || json[next] == '\n'))
                ++next;
            if (next < json.size() && (json[next] == '}' || json[next] == ']')) {
                out.append(json[next]);
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':': out.append(": "); break;
        case ' ':
        case '\n':
        case '\r':
        case '\t': break;
        default: out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace idiolect
