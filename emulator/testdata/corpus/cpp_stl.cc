// C++ (g++ -static, glibc + libstdc++): STL containers, sort, iostreams, and
// exceptions (DWARF unwinding through the emulator).
#include <iostream>
#include <map>
#include <vector>
#include <algorithm>
#include <stdexcept>
#include <string>
#include <sstream>
#include <iomanip>
int f(int x) { if (x > 5) throw std::runtime_error("too big: " + std::to_string(x)); return x * 2; }
int main() {
  std::map<std::string, int> m; std::vector<double> v;
  for (int i = 0; i < 1000; i++) { m["k" + std::to_string(i % 37)] += i; v.push_back(i * 1.5 / 7); }
  std::sort(v.rbegin(), v.rend());
  std::cout << m.size() << " " << m["k5"] << " " << std::setprecision(12) << v[3] << "\n";
  int caught = 0;
  for (int i = 0; i < 10; i++) try { f(i); } catch (const std::exception &e) { caught++; if (i == 9) std::cout << e.what() << "\n"; }
  std::ostringstream os; os << std::hex << 255 << " " << std::fixed << 3.14159; std::cout << os.str() << " caught=" << caught << std::endl;
  return 0;
}
