#include "sim/server/cosem_object.h"

namespace omt::sim {

namespace {
constexpr int kMaxShapeDepth = 16;

bool sameShapeAt(const Data& value, const Data& like, int depth) {
    if (depth > kMaxShapeDepth || value.type() != like.type()) {
        return false;
    }
    const auto* got = value.elements();
    const auto* want = like.elements();
    if (got == nullptr || want == nullptr) {
        return true;
    }
    if (value.type() == dlms::DataType::Structure) {
        if (got->size() != want->size()) {
            return false;
        }
        for (std::size_t i = 0; i < got->size(); ++i) {
            if (!sameShapeAt((*got)[i], (*want)[i], depth + 1)) {
                return false;
            }
        }
        return true;
    }
    // Array: any element count; every element shaped as the template's first element.
    if (want->empty()) {
        return true;
    }
    for (const auto& element : *got) {
        if (!sameShapeAt(element, want->front(), depth + 1)) {
            return false;
        }
    }
    return true;
}
}  // namespace

bool sameShape(const Data& value, const Data& like) {
    return sameShapeAt(value, like, 0);
}

}  // namespace omt::sim
