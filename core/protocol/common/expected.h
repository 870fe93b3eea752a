#pragma once
// A small subset of C++23 std::expected for C++20: a value or a typed error, no exceptions.
//
//   Expected<int, ParseError> r = parse(text);
//   if (!r) return r.error();          // propagate the typed error
//   use(*r);

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace omt {

/// Wraps an error value so that it can be returned where an Expected<T, E> is expected.
template <class E>
struct Unexpected {
    E error;
};

template <class E>
Unexpected<std::decay_t<E>> unexpected(E&& e) {
    return {std::forward<E>(e)};
}

/// Holds either a T (success) or an E (failure). Accessing the wrong alternative is a programming
/// error (asserted), never a reaction to input.
template <class T, class E>
class [[nodiscard]] Expected {
public:
    Expected(const T& v) : m_v(std::in_place_index<0>, v) {}  // NOLINT(google-explicit-constructor)
    Expected(T&& v) : m_v(std::in_place_index<0>, std::move(v)) {}  // NOLINT
    template <class G>
    Expected(Unexpected<G> u) : m_v(std::in_place_index<1>, std::move(u.error)) {}  // NOLINT
    Expected(const E& e) requires(!std::is_same_v<T, E>)
        : m_v(std::in_place_index<1>, e) {}          // NOLINT
    Expected(E&& e) requires(!std::is_same_v<T, E>)  // NOLINT
        : m_v(std::in_place_index<1>, std::move(e)) {}

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() & {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    const T& value() const& {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    T&& value() && {
        assert(hasValue());
        return std::get<0>(std::move(m_v));
    }
    const E& error() const& {
        assert(!hasValue());
        return std::get<1>(m_v);
    }
    E&& error() && {
        assert(!hasValue());
        return std::get<1>(std::move(m_v));
    }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    template <class U>
    T valueOr(U&& fallback) const& {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_v;
};

/// Expected<void, E>: success carries nothing.
template <class E>
class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <class G>
    Expected(Unexpected<G> u) : m_error(std::move(u.error)), m_ok(false) {}  // NOLINT
    Expected(const E& e) : m_error(e), m_ok(false) {}                        // NOLINT
    Expected(E&& e) : m_error(std::move(e)), m_ok(false) {}                  // NOLINT

    bool hasValue() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E& error() const {
        assert(!m_ok);
        return m_error;
    }

private:
    E m_error{};
    bool m_ok = true;
};

}  // namespace omt
