// Must not compile: a repository write whose failure is ignored (tests/storage/CMakeLists.txt).
#include "DepartmentRepository.h"

void saveAndForget(DepartmentRepository& repository, Department& department, QString* error)
{
    repository.save(department, error);
}
