#pragma once
// The objects of one logical device, by logical name, in the order they were added (the order of
// the object_list). Several ServerAssociation instances share one directory: one meter, several
// clients.
//
//   ObjectDirectory directory;
//   directory.add(std::make_unique<ClockObject>(clockSource));
//   CosemObject* clock = directory.find(cosem::ObisCode(0, 0, 1, 0, 0, 255));

#include <map>
#include <memory>
#include <vector>

#include "protocol/cosem/obis.h"
#include "sim/server/cosem_object.h"

namespace omt::sim {

class ObjectDirectory {
public:
    /// Takes ownership of `object`. Returns false (and drops the object) when an object with the
    /// same logical name is already there, or `object` is null.
    bool add(std::unique_ptr<CosemObject> object);
    /// The object with this logical name, or nullptr.
    CosemObject* find(const cosem::ObisCode& logicalName) const;
    /// All objects in the order they were added.
    const std::vector<std::unique_ptr<CosemObject>>& objects() const { return m_objects; }
    std::size_t size() const { return m_objects.size(); }

private:
    std::vector<std::unique_ptr<CosemObject>> m_objects;
    std::map<cosem::ObisCode, CosemObject*> m_byName;
};

}  // namespace omt::sim
