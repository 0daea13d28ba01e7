/* Integer and double matrix multiplication, transpose, determinant. */
#include <stdio.h>
#define N 48
static double A[N][N], B[N][N], C[N][N]; static long IA[N][N], IB[N][N], IC[N][N];
int main(void) {
  for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { A[i][j] = (i * 3 + j) % 7 - 3.5; B[i][j] = 1.0 / (i + j + 1); IA[i][j] = i ^ j; IB[i][j] = i * j % 11 - 5; }
  for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; long t = 0; for (int k = 0; k < N; k++) { s += A[i][k] * B[k][j]; t += IA[i][k] * IB[k][j]; } C[i][j] = s; IC[i][j] = t; }
  double tr = 0; long it = 0; for (int i = 0; i < N; i++) { tr += C[i][i]; it += IC[i][N-1-i]; }
  printf("trace=%.15g itrace=%ld c01=%.17g\n", tr, it, C[0][1]);
  double M[6][6]; for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) M[i][j] = 1.0 / (i + j + 1) + (i == j);
  double det = 1; for (int c = 0; c < 6; c++) { int p = c; for (int r = c + 1; r < 6; r++) if ((M[r][c] > 0 ? M[r][c] : -M[r][c]) > (M[p][c] > 0 ? M[p][c] : -M[p][c])) p = r;
    if (p != c) { for (int k = 0; k < 6; k++) { double t = M[c][k]; M[c][k] = M[p][k]; M[p][k] = t; } det = -det; }
    det *= M[c][c]; for (int r = c + 1; r < 6; r++) { double f = M[r][c] / M[c][c]; for (int k = c; k < 6; k++) M[r][k] -= f * M[c][k]; } }
  printf("det=%.17g\n", det);
  return 0;
}
