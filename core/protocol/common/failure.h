#pragma once
// The shape shared by every typed protocol error: a code from the module's own enum (the domain),
// where in the input it was found, and a short machine-oriented detail. Text for a person is made
// in ui/ from the code; `detail` is for traces and logs.
//
//   enum class AxdrError { Truncated, UnknownTag, ... };
//   using AxdrFailure = omt::Failure<AxdrError>;
//   return omt::Failure{AxdrError::Truncated, reader.offset(), "octet-string length 300"};

#include <cstddef>
#include <string>

namespace omt {

template <class Code>
struct Failure {
    Code code{};
    std::size_t offset = 0;  ///< byte offset in the input where the problem was found
    std::string detail;      ///< context for traces: field name, value seen, OBIS code ...

    friend bool operator==(const Failure& a, const Failure& b) {
        return a.code == b.code && a.offset == b.offset && a.detail == b.detail;
    }
};

template <class Code>
Failure(Code, std::size_t, std::string) -> Failure<Code>;
template <class Code>
Failure(Code, std::size_t, const char*) -> Failure<Code>;

}  // namespace omt
