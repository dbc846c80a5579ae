import OpenplanCore
print("openplan")
