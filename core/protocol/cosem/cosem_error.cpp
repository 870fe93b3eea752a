#include "protocol/cosem/cosem_error.h"

#include <vector>

namespace omt::cosem {

const char* nameOf(CosemError e) {
    switch (e) {
        case CosemError::WrongType:
            return "wrong-type";
        case CosemError::WrongElementCount:
            return "wrong-element-count";
        case CosemError::ValueOutOfRange:
            return "value-out-of-range";
        case CosemError::UnknownEnum:
            return "unknown-enum";
        case CosemError::BadLength:
            return "bad-length";
        case CosemError::BadDateTime:
            return "bad-date-time";
        case CosemError::UnknownAttribute:
            return "unknown-attribute";
        case CosemError::NotComparable:
            return "not-comparable";
    }
    return "unknown";
}

std::string_view fieldPathOf(const CosemFailure& f) {
    const std::string_view detail = f.detail;
    const auto pos = detail.find(": ");
    return pos == std::string_view::npos ? detail : detail.substr(0, pos);
}

std::string FieldPath::toString() const {
    std::vector<const FieldPath*> chain;
    for (const FieldPath* p = this; p != nullptr; p = p->m_parent) {
        chain.push_back(p);
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const FieldPath& p = **it;
        if (p.m_index != kNoIndex) {
            out += '[';
            out += std::to_string(p.m_index);
            out += ']';
        } else {
            if (!out.empty()) {
                out += '.';
            }
            out += p.m_name;
        }
    }
    return out;
}

CosemFailure FieldPath::fail(CosemError code, std::string_view reason) const {
    std::string detail = toString();
    detail += ": ";
    detail += reason;
    return CosemFailure{code, 0, std::move(detail)};
}

}  // namespace omt::cosem
