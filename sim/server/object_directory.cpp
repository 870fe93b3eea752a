#include "sim/server/object_directory.h"

namespace omt::sim {

bool ObjectDirectory::add(std::unique_ptr<CosemObject> object) {
    if (!object || m_byName.contains(object->logicalName())) {
        return false;
    }
    m_byName.emplace(object->logicalName(), object.get());
    m_objects.push_back(std::move(object));
    return true;
}

CosemObject* ObjectDirectory::find(const cosem::ObisCode& logicalName) const {
    const auto it = m_byName.find(logicalName);
    return it == m_byName.end() ? nullptr : it->second;
}

}  // namespace omt::sim
