#pragma once
// One error style across core: every fallible call returns Result<T> (or Status),
// carrying an ErrorCode that maps to the CLI's exit codes and a sentence for the user.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace custos {

enum class ErrorCode {
    Found = 1,        // a check found something (breaks, tampering, a policy refusal)
    BadInput = 2,     // bad usage or bad input; the message names file:line or the argument
    CannotOpen = 3,   // wrong password, unknown user, not a register, damaged file
    Denied = 4,       // the user's role may not do this
    SourceFailed = 5, // an outside source was unreachable or inconsistent
    Internal = 70,    // a bug or an environment failure (disk full, I/O error)
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_v); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Status okStatus() { return Status(); }

} // namespace custos

// Propagate an error from a Result or Status expression to the caller.
#define CUSTOS_TRY(expr)                                                                   \
    do {                                                                                   \
        auto &&custos_try_r_ = (expr);                                                     \
        if (!custos_try_r_.ok())                                                           \
            return custos_try_r_.error();                                                  \
    } while (0)
